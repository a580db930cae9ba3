#!/usr/bin/env bash
# The walls between the layers (docs/ARCHITECTURE.md): above the services, only the two
# composition roots (the window's StartupController, the command-line tool's Cli) include a header
# of src/data; nothing on the GUI side includes QtSql; nothing below the GUI includes QtWidgets.
# Prints every breach and fails if there is one.
set -euo pipefail
src=${1:?usage: check-layers.sh SRC_DIR}
status=0
data_headers=$(cd "$src/data" && ls *.h | sed 's/\./\\./g' | paste -sd'|')
breach=$(grep -rlE "#include *[\"<](.*/)?($data_headers)[\">]" "$src/gui" "$src/models" "$src/cli" "$src/app" \
    | grep -vE '/gui/StartupController\.(cpp|h)$|/cli/Cli\.(cpp|h)$' || true)
if [ -n "$breach" ]; then
    echo "These files include a header of src/data; reach it through the services:"
    echo "$breach" | sed 's/^/  /'
    status=1
fi
sql=$(grep -rlE '#include *<(QSql|QtSql)' "$src/gui" "$src/models" "$src/cli" "$src/app" "$src/domain" || true)
if [ -n "$sql" ]; then
    echo "These files include QtSql outside src/data and src/services:"
    echo "$sql" | sed 's/^/  /'
    status=1
fi
widgets=$(grep -rlE '#include *<(QtWidgets|QWidget|QDialog|QMainWindow|QMessageBox|QApplication)' \
    "$src/domain" "$src/data" "$src/services" "$src/models" "$src/cli" || true)
if [ -n "$widgets" ]; then
    echo "These files include QtWidgets below the GUI:"
    echo "$widgets" | sed 's/^/  /'
    status=1
fi
exit $status
