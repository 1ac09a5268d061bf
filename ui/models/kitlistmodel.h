// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kit.h"

#include <QAbstractListModel>

namespace ir {
class InterviewService;
}

namespace ir::ui {

// Every kit by name (a team has tens), reloaded when the service says the kits changed.
class KitListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KitListModel)

public:
    static constexpr int KitIdRole = Qt::UserRole + 1;

    explicit KitListModel(InterviewService &service, QObject *parent = nullptr);
    ~KitListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &kitId) const;
    // Null when there is no such row.
    const Kit *kitAt(int row) const;
    const QList<Kit> &kits() const { return m_kits; }
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    InterviewService &m_service;
    QList<Kit> m_kits;
};

} // namespace ir::ui
