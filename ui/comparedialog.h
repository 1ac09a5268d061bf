// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate.h"
#include "result.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class CompareDialog;
}

class QChart;
class QChartView;
class QIODevice;
class QStandardItemModel;

namespace ir {
class ServiceClient;
} // namespace ir

namespace ir::ui {

// Candidates side by side (issue 13): the service's comparison (InterviewService::compare) as a
// table, one column per person and one row per figure (interviews, average score, the average
// of each question type, the weighted rating of each competency, the latest recommendation), a
// bar chart of the scores, and the same as CSV (ComparisonCsv) or PDF (the report's CJK font).
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    explicit CompareDialog(ServiceClient &client, QWidget *parent = nullptr);
    ~CompareDialog() override;

    // 2–10 people; false (the reason shown in the dialog) when the service refuses.
    bool compareCandidates(const QStringList &userIds);
    // Everyone whose profile names the position (at most 10).
    bool comparePosition(const QString &position);

    const QList<ComparisonRow> &rows() const { return m_rows; }
    QStandardItemModel *model() const { return m_model; }
    QChart *chart() const;

    void exportCsv();
    void exportPdf();
    // The last file an export wrote ("" before the first).
    QString lastExportPath() const { return m_lastExportPath; }

Q_SIGNALS:
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool showResult(const Result<QList<ComparisonRow>> &read);
    void fill();
    void fillChart();
    QString columnTitle(const ComparisonRow &row) const;
    QString suggestedName(const QString &extension) const;
    Status writePdf(QIODevice &device);
    void saveAs(const QString &title, const QString &extension, const QString &filter,
                const std::function<Status(QIODevice &)> &write);

    std::unique_ptr<Ui::CompareDialog> m_ui;
    ServiceClient &m_client;
    QStandardItemModel *m_model = nullptr;
    QList<ComparisonRow> m_rows;
    QString m_position; // "" when people were picked
    QString m_lastExportPath;
};

} // namespace ir::ui
