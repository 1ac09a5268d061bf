// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace ir::ui {

// Loads the window's translations (embedded under :/i18n) and Qt's own for the chosen language.
class Languages final
{
public:
    struct Choice
    {
        QString code; // "" = follow the system, "en", "zh_CN"
        QString label; // in its own language, so anyone can find theirs
    };

    Languages();
    ~Languages();
    Q_DISABLE_COPY_MOVE(Languages)

    static QList<Choice> choices();
    // The language code stored in the settings ("" when following the system).
    static QString storedCode();
    static void storeCode(const QString &code);
    // The locale a code stands for ("" → the system locale).
    static QLocale localeFor(const QString &code);

    // Replaces the installed translators with those for code; true when ours was found.
    bool install(const QString &code);

private:
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace ir::ui
