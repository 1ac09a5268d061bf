// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "expirybanner.h"
#include "ui_expirybanner.h"

#include "clock.h"
#include "interviewservice.h"
#include "rules.h"
#include "settingskeys.h"

#include <algorithm>

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QSettings>
#include <QStyle>

namespace ir::ui {
namespace {

constexpr qint64 DAY_MS = 24LL * 60 * 60 * 1000;
constexpr int TICK_MS = 60 * 60 * 1000; // the clock decides when a day has passed
constexpr int RECOUNT_DELAY_MS = 200; // a purge removes many sessions at once: one count after them

} // namespace

ExpiryBanner::ExpiryBanner(InterviewService &service, const Clock &clock, QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::ExpiryBanner>())
    , m_service(service)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("expiryBanner"));
    // An information bar in the palette's tool-tip colours, as the storage banner.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_ui->messageLabel->setForegroundRole(QPalette::ToolTipText);
    const int extent = style()->pixelMetric(QStyle::PM_ButtonIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()
                                   ->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this)
                                   .pixmap(QSize(extent, extent), devicePixelRatioF()));
    connect(m_ui->exportExpiringButton, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(m_cutoffMs); });
    connect(m_ui->retentionSettingsButton, &QPushButton::clicked, this, &ExpiryBanner::settingsRequested);
    connect(m_ui->dismissExpiryButton, &QPushButton::clicked, this, [this] {
        m_dismissed = true; // until the next day's check
        hide();
    });
    m_ui->exportExpiringButton->hide();
    m_timer.setInterval(TICK_MS);
    connect(&m_timer, &QTimer::timeout, this, &ExpiryBanner::tick);
    m_timer.start();
    m_recountTimer.setSingleShot(true);
    m_recountTimer.setInterval(RECOUNT_DELAY_MS);
    connect(&m_recountTimer, &QTimer::timeout, this, &ExpiryBanner::recount);
    const auto later = [this] {
        if (m_count > 0)
            m_recountTimer.start();
    };
    connect(&m_service, &InterviewService::sessionRemoved, this, later);
    connect(&m_service, &InterviewService::sessionChanged, this, later);
    connect(&m_service, &InterviewService::candidateErased, this, later);
    hide();
}

ExpiryBanner::~ExpiryBanner() = default;

void ExpiryBanner::setCanExport(bool canExport)
{
    m_ui->exportExpiringButton->setVisible(canExport);
}

QString ExpiryBanner::text() const
{
    return m_ui->messageLabel->text();
}

void ExpiryBanner::tick()
{
    if (!m_lastCheck || m_clock.nowMs() - *m_lastCheck >= DAY_MS)
        check();
}

void ExpiryBanner::check()
{
    const qint64 now = m_clock.nowMs();
    m_lastCheck = now;
    m_dismissed = false;
    m_days = std::clamp(QSettings().value(keys::retentionDays(), rules::DEFAULT_RETENTION_DAYS).toInt(), 0,
                        rules::MAX_RETENTION_DAYS);
    m_cutoffMs = now - qint64(m_days) * DAY_MS + qint64(WARNING_DAYS) * DAY_MS;
    recount();
}

void ExpiryBanner::recount()
{
    m_recountTimer.stop();
    m_count = 0;
    if (m_days > 0) {
        const Result<int> expiring = m_service.sessionsExpiringWithin(m_days, WARNING_DAYS);
        m_count = expiring ? *expiring : 0;
    }
    updateText();
    setVisible(m_count > 0 && !m_dismissed);
}

void ExpiryBanner::updateText()
{
    const QString date = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_cutoffMs).date(), QLocale::ShortFormat);
    m_ui->messageLabel->setText(tr("%n interview(s) will be erased within a week: they are unchanged for longer than "
                                   "the retention period (%1) allows. Export them first if they must be kept.",
                                   nullptr, m_count)
                                    .arg(tr("%n day(s)", nullptr, m_days)));
    m_ui->exportExpiringButton->setToolTip(
        tr("Exports every session created before %1, which includes those about to be erased").arg(date));
}

void ExpiryBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateText();
    }
    QFrame::changeEvent(event);
}

} // namespace ir::ui
