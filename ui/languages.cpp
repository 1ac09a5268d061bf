// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include "settingskeys.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace ir::ui {

Languages::Languages() = default;

Languages::~Languages()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QList<Languages::Choice> Languages::choices()
{
    return {
        {QString(), QCoreApplication::translate("ir::ui::Languages", "System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QString Languages::storedCode()
{
    return QSettings().value(keys::language()).toString();
}

void Languages::storeCode(const QString &code)
{
    QSettings().setValue(keys::language(), code);
}

QLocale Languages::localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool Languages::install(const QString &code)
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);

    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());
    m_appTranslator = std::make_unique<QTranslator>();
    const bool found = m_appTranslator->load(locale, QStringLiteral("interview-recorder"), QStringLiteral("_"),
                                             QStringLiteral(":/i18n"));
    // A language we have no translation of reads English, with English plurals ("1 session",
    // not the source's "1 session(s)").
    if (found || m_appTranslator->load(QStringLiteral(":/i18n/interview-recorder_en")))
        QCoreApplication::installTranslator(m_appTranslator.get());
    // Retranslate every widget now rather than on the next turn of the event loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return found;
}

} // namespace ir::ui
