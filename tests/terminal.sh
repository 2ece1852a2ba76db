#!/usr/bin/env bash
# In a real terminal (tmux): bash completion offers commands, meals and food ids, and
# `profile init` asks its questions, validates the answers and writes the profile.
# Outside a terminal it never prompts.
set -uo pipefail
mgcalc=$(readlink -f "$1") src=$(readlink -f "$2")
command -v tmux > /dev/null || { echo "FAIL: tmux is not installed (./dev.sh test installs it)"; exit 1; }
tmp=$(mktemp -d)
sock=mgcalc-test-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" && ln -s "$mgcalc" "$tmp/bin/mgcalc"
fail=0
tmux -L "$sock" new-session -d -s t -x 150 -y 50 \
  "env -i PATH=$tmp/bin:/usr/bin:/bin HOME=$tmp MGCALC_HOME=$tmp/data MGCALC_TODAY=2026-03-04 TERM=xterm PS1='$ ' bash --norc --noprofile"
screen() { tmux -L "$sock" capture-pane -p -t t; }
keys() { tmux -L "$sock" send-keys -t t "$@"; }
wait_for() {  # wait_for TEXT: until the screen shows TEXT (10 s at most)
  for _ in $(seq 100); do screen | grep -qF -- "$1" && return 0; sleep 0.1; done
  echo "FAIL: the screen never showed: $1"; screen | tail -15; fail=1; return 1
}
wait_for '$'
keys "source $src/completions/mgcalc.bash" Enter

keys "mgcalc log ad" Tab
sleep 0.3
wait_for 'mgcalc log add' && echo "ok completes a subcommand"
keys "spinach-b" Tab
wait_for 'mgcalc log add spinach-boiled' && echo "ok completes a food id"
keys "1 cup --meal lu" Tab
wait_for 'mgcalc log add spinach-boiled 1 cup --meal lunch' && echo "ok completes a meal"
keys C-u

keys "mgcalc profile init" Enter
wait_for "Profile name" && keys "ana" Enter
wait_for "Birthdate" && keys "1990-05-01" Enter
wait_for "Sex" && keys "femal" Enter
wait_for "answer female or male" && keys "female" Enter && echo "ok re-asks after an invalid answer"
wait_for "Pregnant?" && keys Enter
wait_for "Breastfeeding?" && keys "y" Enter
wait_for "Medicines" && keys "omeprazole, metformin" Enter
wait_for "Conditions" && keys "t2d" Enter
wait_for "Foods you avoid" && keys Enter
wait_for "Created profile 'ana'" && echo "ok profile created through the prompts"
grep -q 'lactating: true' "$tmp/data/profiles/ana.yaml" &&
  grep -q 'medicines: \["omeprazole", "metformin"\]' "$tmp/data/profiles/ana.yaml" &&
  grep -q 'conditions: \["type-2-diabetes"\]' "$tmp/data/profiles/ana.yaml" && echo "ok the answers are in the file" ||
  { echo "FAIL: profile content"; cat "$tmp/data/profiles/ana.yaml"; fail=1; }

# Not a terminal: no prompt, a clear error, nothing written.
out=$(MGCALC_HOME=$tmp/data2 "$mgcalc" profile init bob < /dev/null 2>&1); rc=$?
if [[ $rc -eq 2 && $out == *"needs --sex"* && ! -e $tmp/data2/profiles/bob.yaml ]]; then
  echo "ok non-interactive: $(head -1 <<< "$out")"
else
  echo "FAIL non-interactive: exit $rc: $out"; fail=1
fi
# zsh completion file is valid zsh, when zsh is around.
if command -v zsh > /dev/null; then zsh -n "$src/completions/_mgcalc" && echo "ok zsh completion parses" || fail=1; fi
exit $fail
