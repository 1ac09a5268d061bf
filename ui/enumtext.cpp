// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumtext.h"

#include <QComboBox>

namespace ir::ui {

QString EnumText::source(Source source, bool reviewed)
{
    if (source == Source::Ui)
        return tr("Interviewer");
    return reviewed ? tr("AI") : tr("AI · unreviewed");
}

QString EnumText::name(AuditAction action)
{
    switch (action) {
    case AuditAction::Erasure:
        return tr("Person erased");
    case AuditAction::Purge:
        return tr("Retention purge");
    case AuditAction::PersonExport:
        return tr("Person's data exported");
    case AuditAction::SessionDeletion:
        return tr("Session deleted");
    case AuditAction::ApiKeyChange:
        return tr("API key changed");
    }
    return toWire(action);
}

QString EnumText::name(Actor actor)
{
    switch (actor) {
    case Actor::Ui:
        return tr("Window");
    case Actor::Api:
        return tr("HTTP API");
    case Actor::Cli:
        return tr("Command line");
    }
    return toWire(actor);
}

template<typename E>
void EnumText::fill(QComboBox *comboBox, const QString &anyText)
{
    comboBox->clear();
    if (!anyText.isEmpty())
        comboBox->addItem(anyText, -1);
    for (E value : allValues<E>())
        comboBox->addItem(name(value), int(value));
}

template void EnumText::fill<SessionType>(QComboBox *, const QString &);
template void EnumText::fill<DifficultyLevel>(QComboBox *, const QString &);
template void EnumText::fill<QuestionType>(QComboBox *, const QString &);
template void EnumText::fill<SessionStatus>(QComboBox *, const QString &);
template void EnumText::fill<Recommendation>(QComboBox *, const QString &);

void EnumText::select(QComboBox *comboBox, int value)
{
    const int index = comboBox->findData(value);
    if (index >= 0)
        comboBox->setCurrentIndex(index);
}

} // namespace ir::ui
