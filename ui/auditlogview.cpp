// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogview.h"
#include "ui_auditlogview.h"

#include "auditlogmodel.h"
#include "interviewservice.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QScreen>

namespace ir::ui {

AuditLogView::AuditLogView(InterviewService &service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditLogView>())
    , m_model(new AuditLogModel(service, this))
{
    m_ui->setupUi(this);
    m_ui->auditTableView->setModel(m_model);
    // The subject (a hash or an id) takes the room; the count stays next to it.
    m_ui->auditTableView->horizontalHeader()->setSectionResizeMode(AuditLogModel::SubjectColumn, QHeaderView::Stretch);
    connect(m_model, &AuditLogModel::loaded, this, &AuditLogView::updateStatus);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AuditLogView::reload);
    // The actions the log records announce themselves as these; the log itself has no signal.
    const auto later = [this] {
        if (isVisible())
            reload();
    };
    connect(&service, &InterviewService::candidateErased, this, later);
    connect(&service, &InterviewService::sessionRemoved, this, later);
    reload();
}

AuditLogView::~AuditLogView() = default;

QTableView *AuditLogView::tableView() const
{
    return m_ui->auditTableView;
}

void AuditLogView::showWindow()
{
    if (!isWindow()) {
        setWindowFlag(Qt::Window);
        const QRect available = screen()->availableGeometry();
        resize(std::min(fontMetrics().averageCharWidth() * 120, available.width() * 9 / 10),
               std::min(fontMetrics().lineSpacing() * 30, available.height() * 9 / 10));
    }
    reload();
    show();
    raise();
    activateWindow();
}

void AuditLogView::reload()
{
    m_model->reload();
    m_ui->auditTableView->resizeColumnsToContents();
}

void AuditLogView::updateStatus()
{
    if (!m_model->errorText().isEmpty()) {
        m_ui->statusLabel->setText(tr("The audit log could not be read: %1").arg(m_model->errorText()));
        return;
    }
    m_ui->statusLabel->setText(
        tr("%1 of %n entries shown", nullptr, int(m_model->total())).arg(QLocale().toString(m_model->rowCount())));
}

void AuditLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateStatus();
        reload(); // the names of actions and actors are the model's
    }
    QWidget::changeEvent(event);
}

} // namespace ir::ui
