`mgcalc web` runs mgcalc-web, the only binary that links the web app, from beside itself
(docs/web.md). A copy of mgcalc alone, without it, says so instead of starting anything.

  $ cp "$(readlink -f "$(command -v mgcalc)")" solo
  $ ./solo web --port 0
  mgcalc: error: the web app is not installed: $WORK/mgcalc-web is missing; build or install it beside mgcalc (README.md)
  [4]
  $ ./solo help web | head -1
  usage: mgcalc web [--port N] [--open] [--listen ADDR --token-file FILE]
