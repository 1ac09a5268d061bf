// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercontrol.h"

#include <QHostAddress>
#include <QRandomGenerator>

#include <array>

namespace ir {

QString generateApiKey()
{
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isLoopbackAddress(const QString &address)
{
    if (address.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress host(address);
    return !host.isNull() && host.isLoopback();
}

std::optional<QString> serverSettingsRefusal(const ServerSettings &settings)
{
    if (!settings.authEnabled && !isLoopbackAddress(settings.bindAddress)) {
        return ServerControl::tr("Serving without an API key is allowed only on a loopback address, not %1.")
            .arg(settings.bindAddress);
    }
    return std::nullopt;
}

} // namespace ir
