// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calibrationview.h"
#include "ui_calibrationview.h"

#include "enumtext.h"
#include "interviewservice.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QScreen>
#include <QStandardItemModel>

namespace ir::ui {
namespace {

QString figureText(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("–");
}

QString gapText(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("–");
    const QString text = QLocale().toString(*value, 'f', 1);
    return *value > 0 ? QLocale().positiveSign() + text : text;
}

QStandardItem *number(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CalibrationView::CalibrationView(InterviewService &service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CalibrationView>())
    , m_service(service)
    , m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->calibrationTableView->setModel(m_model);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(200);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CalibrationView::reload);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &CalibrationView::reload);
    const auto later = [this] {
        if (isVisible())
            m_reloadTimer.start();
    };
    connect(&m_service, &InterviewService::sessionAdded, this, later);
    connect(&m_service, &InterviewService::sessionChanged, this, later);
    connect(&m_service, &InterviewService::sessionRemoved, this, later);
    connect(&m_service, &InterviewService::questionAdded, this, later);
    connect(&m_service, &InterviewService::questionChanged, this, later);
    connect(&m_service, &InterviewService::questionRemoved, this, later);
    connect(&m_service, &InterviewService::changesMissed, this, later);
    retranslate();
    reload();
}

CalibrationView::~CalibrationView() = default;

int CalibrationView::aiReviewedColumn() const
{
    return FirstRecommendation + int(allValues<Recommendation>().size());
}

void CalibrationView::showWindow()
{
    if (!isWindow()) {
        setWindowFlag(Qt::Window);
        const QRect available = screen()->availableGeometry();
        resize(std::min(fontMetrics().averageCharWidth() * 200, available.width() * 9 / 10),
               std::min(fontMetrics().lineSpacing() * 26, available.height() * 9 / 10));
    }
    reload();
    show();
    raise();
    activateWindow();
}

void CalibrationView::retranslate()
{
    QStringList headers {tr("Interviewer"), tr("Sessions"), tr("Scored questions"), tr("Mean score"),
                         tr("Spread (SD)")};
    for (const Recommendation r : allValues<Recommendation>())
        headers.append(EnumText::name(r));
    headers << tr("AI scores changed") << tr("AI-vs-human gap");
    m_model->setHorizontalHeaderLabels(headers);
}

void CalibrationView::reload()
{
    m_reloadTimer.stop();
    const Result<QList<InterviewerStats>> read = m_service.interviewerStats();
    m_model->removeRows(0, m_model->rowCount());
    if (!read) {
        m_ui->statusLabel->setText(tr("The statistics could not be read: %1").arg(read.error().details));
        return;
    }
    for (const InterviewerStats &s : *read) {
        auto *name = new QStandardItem(s.interviewer.isEmpty() ? tr("(no interviewer named)") : s.interviewer);
        QList<QStandardItem *> row {name, number(QLocale().toString(s.sessions)),
                                    number(QLocale().toString(s.questions)), number(figureText(s.meanScore)),
                                    number(figureText(s.scoreStdDev))};
        for (const Recommendation r : allValues<Recommendation>())
            row.append(number(QLocale().toString(s.recommendations.value(r, 0))));
        row.append(number(QLocale().toString(s.aiReviewed)));
        row.append(number(gapText(s.aiReviewDelta)));
        m_model->appendRow(row);
    }
    m_ui->statusLabel->setText(tr("%n interviewer(s)", nullptr, int(read->size())));
    m_ui->calibrationTableView->resizeColumnsToContents();
}

void CalibrationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace ir::ui
