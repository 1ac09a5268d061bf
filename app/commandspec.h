// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace ir::app {

// A command's option table, the one its --help is made from and the man page too.
struct CommandSpec
{
    QString name; // "" for the program itself, else "export", "import", ...
    QString synopsis; // the description --help prints first
    QList<QCommandLineOption> options; // --help itself excluded
    QStringList positional; // "name: description"
};

// The man page interview-recorder(1) in roff, from the same tables as every --help: the
// program's options, then each sub-command's. `date` as in the page's header (yyyy-MM-dd).
QString manPage(const CommandSpec &program, const QList<CommandSpec> &commands, const QString &version,
                const QString &date);

} // namespace ir::app
