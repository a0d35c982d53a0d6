// Desktop only: share the open workshop on the venue network (placeholder until built).
export function LanShareSection() {
  return null
}
