// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankquestionpicker.h"
#include "ui_bankquestionpicker.h"

#include "messagebox.h"
#include "questionbankview.h"

#include <QPushButton>
#include <QScreen>
#include <QTableView>

#include <algorithm>

namespace ir::ui {

BankQuestionPicker::BankQuestionPicker(ServiceClient &client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BankQuestionPicker>())
{
    m_ui->setupUi(this);
    m_view = new QuestionBankView(client, this);
    m_view->setObjectName(QStringLiteral("pickerBankView"));
    m_view->setPickMode(true);
    m_ui->viewLayout->addWidget(m_view);
    m_ui->hintLabel->setText(tr("Select one or more questions (Ctrl or Shift with the arrow keys or a click) "
                                "and press Enter to add them to the kit in that order."));
    QPushButton *add = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    add->setObjectName(QStringLiteral("addButton"));
    add->setText(tr("Add"));
    // Enter anywhere adds (the bank view's own buttons must not take it).
    add->setDefault(true);
    connect(m_view, &QuestionBankView::picked, this, &BankQuestionPicker::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BankQuestionPicker::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BankQuestionPicker::reject);
    const QRect available = screen()->availableGeometry();
    resize(std::min(fontMetrics().averageCharWidth() * 120, available.width() * 9 / 10),
           std::min(fontMetrics().lineSpacing() * 32, available.height() * 9 / 10));
    m_view->focusSearch();
}

BankQuestionPicker::~BankQuestionPicker() = default;

void BankQuestionPicker::setPlanned(const QStringList &bankQuestionIds, int room)
{
    m_planned = bankQuestionIds;
    m_room = room;
}

void BankQuestionPicker::accept()
{
    QStringList chosen;
    for (const QString &id : m_view->selectedIds()) {
        if (!m_planned.contains(id))
            chosen << id;
    }
    if (chosen.isEmpty()) {
        m_view->tableView()->setFocus();
        return;
    }
    if (chosen.size() > m_room) {
        MessageBox::warning(this, windowTitle(),
                            tr("A kit plans at most %Ln question(s): there is room for %1 more.", nullptr,
                               int(m_planned.size()) + m_room)
                                .arg(m_room));
        return;
    }
    m_picked = chosen;
    QDialog::accept();
}

} // namespace ir::ui
