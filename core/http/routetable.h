// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "route.h"

#include <QList>

namespace ir::http {

// The routes of the server, matched by method and path. The same table feeds /openapi.json.
class RouteTable final
{
public:
    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QStringList allowedMethods; // when the path is known but the method is not
    };

    void add(Route route);
    Match match(const QString &method, const QStringList &segments) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    struct Entry
    {
        QStringList segments; // literal, or "{name}" for a parameter
    };
    static bool matches(const Entry &entry, const QStringList &segments, QHash<QString, QString> *params);

    QList<Route> m_routes;
    QList<Entry> m_entries;
};

} // namespace ir::http
