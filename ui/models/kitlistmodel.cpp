// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kitlistmodel.h"

#include "interviewservice.h"

namespace ir::ui {

KitListModel::KitListModel(InterviewService &service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
    connect(&m_service, &InterviewService::kitsChanged, this, &KitListModel::reload);
    reload();
}

KitListModel::~KitListModel() = default;

int KitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kits.size());
}

QVariant KitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kit &kit = m_kits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return kit.position.isEmpty() ? kit.name : tr("%1 (%2)", "kit name (position)").arg(kit.name, kit.position);
    case Qt::ToolTipRole:
        return QString(tr("%Ln competency(ies)", nullptr, int(kit.competencies.size())) + QStringLiteral(" · ")
                       + tr("%Ln planned question(s)", nullptr, int(kit.bankQuestionIds.size())));
    case KitIdRole:
        return kit.kitId;
    default:
        return {};
    }
}

int KitListModel::rowOf(const QString &kitId) const
{
    for (int row = 0; row < m_kits.size(); ++row) {
        if (m_kits.at(row).kitId == kitId)
            return row;
    }
    return -1;
}

const Kit *KitListModel::kitAt(int row) const
{
    return row >= 0 && row < m_kits.size() ? &m_kits.at(row) : nullptr;
}

void KitListModel::reload()
{
    const Result<QList<Kit>> kits = m_service.kits();
    beginResetModel();
    m_kits = kits ? *kits : QList<Kit> {};
    endResetModel();
    if (!kits)
        Q_EMIT loadFailed(kits.error().message);
}

} // namespace ir::ui
