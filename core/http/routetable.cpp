// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routetable.h"

namespace ir::http {
namespace {

bool isParameter(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

} // namespace

void RouteTable::add(Route route)
{
    Entry entry;
    entry.segments = route.pattern.mid(1).split(u'/');
    m_entries.append(entry);
    m_routes.append(std::move(route));
}

bool RouteTable::matches(const Entry &entry, const QStringList &segments, QHash<QString, QString> *params)
{
    if (entry.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = entry.segments.at(i);
        if (isParameter(expected)) {
            if (segments.at(i).isEmpty())
                return false;
            if (params)
                params->insert(expected.mid(1, expected.size() - 2), segments.at(i));
        } else if (expected != segments.at(i)) {
            return false;
        }
    }
    return true;
}

RouteTable::Match RouteTable::match(const QString &method, const QStringList &segments) const
{
    Match result;
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        if (!matches(m_entries.at(i), segments, nullptr))
            continue;
        const Route &route = m_routes.at(i);
        if (route.method == method) {
            result.route = &route;
            result.allowedMethods.clear();
            matches(m_entries.at(i), segments, &result.params);
            return result;
        }
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods << route.method;
    }
    return result;
}

} // namespace ir::http
