// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataimporter.h"
#include "exportformat.h"
#include "queries.h"
#include "result.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class QWidget;

namespace ir {
class Exporter;
}

namespace ir::ui {

// What the File menu needs beyond the service; app/ provides it (the window never sees the
// database itself).
struct FileServices
{
    Exporter *exporter = nullptr;
    std::function<Result<ImportReport>(const QString &path)> importFile;
    std::function<Status(const QString &path)> backup;
};

// File → Export / Export Filtered / Import / Back Up: the dialogs, progress and messages.
class FileActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileActions)

public:
    enum class Dialog { Save, Open };
    // Asks for a file name; returns "" when cancelled. Tests replace it (see setFileChooser).
    using FileChooser = std::function<QString(Dialog dialog, const QString &title, const QString &suggestedPath,
                                              const QStringList &filters, QString *selectedFilter)>;

    FileActions(FileServices services, QWidget *window);

    bool canExport() const { return m_services.exporter != nullptr; }

    // The open session as one file; the format follows the chosen filter.
    void exportSession(const QString &sessionId);
    // Every session the browser's filter matches, as CSV or JSON, with progress and cancel.
    void exportSessions(const SessionFilter &filter);
    // Returns true when something was imported.
    bool importFile();
    void backup();

    static void setFileChooser(FileChooser chooser);

Q_SIGNALS:
    void imported();

private:
    QString chooseSavePath(const QString &title, const QString &fileName, const QList<ExportFormat> &formats,
                           ExportFormat *format);
    static QString lastFolder();
    static void rememberFolder(const QString &path);

    FileServices m_services;
    QWidget *m_window = nullptr;
};

} // namespace ir::ui
