// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servercontrol.h"

#include <QAbstractTableModel>
#include <QList>

namespace ir::ui {

// The server panel's live request log, newest last, holding at most MAX_ENTRIES lines. A call
// through /mcp is a line of method "MCP" whose path is the tool's name (e.g. "MCP add_question").
class RequestLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogModel)

public:
    enum Column { Time, Method, Path, Status, ErrorCode, Elapsed, ColumnCount };
    static constexpr int MAX_ENTRIES = 1000;

    explicit RequestLogModel(QObject *parent = nullptr);
    ~RequestLogModel() override;

    // The language changed: headers and translated cells read anew.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const RequestLogEntry &entry);
    void clear();
    // Removes the lines whose path names any of these (a whole path segment): an erased person's
    // user id and session ids.
    void forget(const QStringList &names);

private:
    QList<RequestLogEntry> m_entries;
};

} // namespace ir::ui
