#!/usr/bin/env bash
# package/completion: the bash completion (packaging/mealdesk-cli.bash-completion) run on the
# built mealdesk-cli, as bash runs it on a TAB.
set -euo pipefail
completion=$1
cli=$2
source "$completion"
status=0

# Prints what a TAB after the words given offers (the last word is the one being completed).
offers() {
    COMP_WORDS=("$cli" "$@")
    COMP_CWORD=$#
    _mealdesk_cli
    echo "${COMPREPLY[*]}"
}
expect() {
    local want=$1 got
    shift
    got=$(offers "$@")
    if [ "$got" != "$want" ]; then
        echo "mealdesk-cli $*<TAB>: expected '$want', got '$got'" >&2
        status=1
    fi
}

expect "init demo tokens origins requests accounts employees audit db" ""
expect "list export" audit ""
expect "tokens" "to"
expect "revoke revoke-list check list purge" tokens ""
expect "check" --database sqlite:x.db db c
expect "add list remove enable disable test import export" origins ""
expect "--user" tokens --us
expect "--output" audit export --out
expect "revoke revoke-list check list purge" tokens --user admin ""
# After the action, and after an option that takes a value: file names (the default).
expect "" tokens revoke ""
expect "" tokens --user ""
expect "--database" init --data
exit $status
