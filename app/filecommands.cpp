// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecommands.h"

#include <cstdio>

namespace ir::app {

bool isFileCommand(const QString &firstArgument)
{
    return firstArgument == QStringLiteral("export") || firstArgument == QStringLiteral("import")
        || firstArgument == QStringLiteral("backup");
}

int runFileCommand(int argc, char *argv[])
{
    Q_UNUSED(argc)
    std::fprintf(stderr, "%s: not available yet\n", argv[1]);
    return 2;
}

} // namespace ir::app
