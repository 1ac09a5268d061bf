// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidate.h"

#include "rules.h"

namespace ir {

QString candidateNameOf(const Session &session)
{
    return session.metadata.value(QString::fromUtf16(rules::CANDIDATE_NAME.field)).toString().trimmed();
}

QString toWire(Actor actor)
{
    switch (actor) {
    case Actor::Ui:
        return QStringLiteral("ui");
    case Actor::Api:
        return QStringLiteral("api");
    case Actor::Cli:
        return QStringLiteral("cli");
    }
    return QStringLiteral("ui");
}

QString toWire(AuditAction action)
{
    switch (action) {
    case AuditAction::Erasure:
        return QStringLiteral("erasure");
    case AuditAction::Purge:
        return QStringLiteral("purge");
    case AuditAction::PersonExport:
        return QStringLiteral("person_export");
    case AuditAction::SessionDeletion:
        return QStringLiteral("session_deletion");
    case AuditAction::ApiKeyChange:
        return QStringLiteral("api_key_change");
    }
    return QStringLiteral("erasure");
}

std::optional<Error> rules::validate(const CandidatePatch &patch)
{
    FieldErrors errors;
    if (patch.isEmpty())
        errors.add(QStringLiteral("body"), QStringLiteral("no field to update"));
    if (patch.displayName)
        errors.checkLength({u"display_name", CANDIDATE_NAME.min, CANDIDATE_NAME.max}, *patch.displayName);
    if (patch.email)
        errors.checkLength(CANDIDATE_EMAIL, *patch.email);
    if (patch.position)
        errors.checkLength(CANDIDATE_POSITION, *patch.position);
    if (patch.notes)
        errors.checkLength(CANDIDATE_NOTES, *patch.notes);
    if (errors.isEmpty())
        return std::nullopt;
    return Error::validation(errors.details());
}

} // namespace ir
