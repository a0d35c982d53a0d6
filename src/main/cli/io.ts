// Output streams for commands, injectable so tests can run commands in-process.
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export const processIo: CliIo = {
  stdout: (text) => {
    process.stdout.write(text)
  },
  stderr: (text) => {
    process.stderr.write(text)
  },
}
