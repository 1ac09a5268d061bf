// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class BankQuestionPicker;
}

namespace ir {
class ServiceClient;
}

namespace ir::ui {

class QuestionBankView;

// Picks bank questions for a kit: the bank view (search, filters, also New) in pick mode; Enter
// or Add takes the selected rows, in the table's order, Esc cancels.
class BankQuestionPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BankQuestionPicker)

public:
    explicit BankQuestionPicker(ServiceClient &client, QWidget *parent = nullptr);
    ~BankQuestionPicker() override;

    // Questions already planned are skipped; at most `room` are taken.
    void setPlanned(const QStringList &bankQuestionIds, int room);
    // After Add: the chosen ids.
    QStringList pickedIds() const { return m_picked; }
    QuestionBankView *bankView() const { return m_view; }
    void accept() override;

private:
    std::unique_ptr<Ui::BankQuestionPicker> m_ui;
    QuestionBankView *m_view = nullptr;
    QStringList m_planned;
    int m_room = 0;
    QStringList m_picked;
};

} // namespace ir::ui
