export const USAGE = `Usage: tavolo <command> [options]

Commands:
  import IN.json OUT.tavolo [--force]
      Create a workshop file from an interchange JSON document (see FORMAT.md).
      Refuses invalid documents whole, naming the JSON path of every problem.
      Refuses to overwrite OUT.tavolo unless --force.
  export FILE.tavolo --format F [--out PATH] [--no-names] [--lang TAG]
      Write the workshop as F: json, md, html, docx, pdf, xlsx, csv, ics.
      JSON goes to stdout without --out; binary formats need --out.
      --no-names leaves participant names out; --lang writes the report's labels and dates
      in another language than the workshop's (en nl fr de it es pt pl el hu ro).
  info FILE.tavolo [--json]
      Title, counts (participants, boards, items, stakeholders, objectives, actions),
      file size, log rows, last compaction.
  merge A.tavolo B.tavolo --out C.tavolo [--force] [--different-workshops]
      Fold two copies of the same workshop edited apart into one holding both sides' edits.
      --force replaces an existing C; copies of different workshops are refused unless
      --different-workshops.
  serve FILE.tavolo [--host 127.0.0.1] [--port N] [--token T]
      Serve the app in a browser for this workshop (headless host). --port 0 takes any free
      port; --host 0.0.0.0 (or a LAN address) lets the venue network join. Prints one JSON
      line {"url","port","token","facilitatorUrl"} when ready: url is the participants' join
      link, facilitatorUrl makes its browser the facilitator. Ctrl-C closes cleanly.

Exit codes: 0 success, 2 bad usage or refused input, 1 other failure.
`
