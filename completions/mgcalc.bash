# bash completion for mgcalc: commands, options, and the values and arguments the command
# table declares (profile names, meals, food ids and aliases, entry ids, dates, files). The
# candidates come from `mgcalc __complete`, so they always match the installed program and
# your data.
_mgcalc() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local IFS=$'\n'
    local candidates
    candidates=$("${COMP_WORDS[0]}" __complete -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return
    if [[ $candidates == __files__ ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
        return
    fi
    COMPREPLY=()
    local c
    for c in $candidates; do
        # Aliases can hold spaces and commas: quote them for the command line.
        COMPREPLY+=("$(printf '%q' "$c")")
    done
}
complete -F _mgcalc mgcalc
