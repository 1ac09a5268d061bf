// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kit.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class KitEditor;
}

class QListWidget;
class QModelIndex;

namespace ir {
class ServiceClient;
struct Error;
} // namespace ir

namespace ir::ui {

class KitListModel;

// Interview kits: the list (follows the service's kitsChanged) and the form of one kit — name,
// position, session type, difficulty, planned duration, its competencies (key, name, weight,
// description, a rubric text per level) and its planned bank questions in order. Saves through
// the process's one writer: Enter, Ctrl+S or Ctrl+Return save, Esc reverts (asked first), Ctrl+N
// starts a kit, Delete on a list removes its item (a kit only once confirmed), Alt+Up/Alt+Down
// move a competency or a question. Problems show next to the field they are about.
class KitEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KitEditor)

public:
    explicit KitEditor(ServiceClient &client, QWidget *parent = nullptr);
    ~KitEditor() override;

    KitListModel *model() const { return m_model; }
    // The stored kit the form shows (empty: a new kit, not saved yet).
    QString kitId() const { return m_stored.kitId; }
    bool isDirty() const;
    bool isSaving() const { return m_saving; }
    // What the form holds now, as it would be saved.
    Kit formKit() const;

    // Asks what to do with unsaved edits. True: go on now. False: stay; if the person chose
    // Save, `resume` runs once the kit is saved.
    bool maybeKeepEdits(std::function<void()> resume = {});
    // Shows the editor as a window of its own (sized for the screen the first time), in front.
    void showWindow();
    void newKit();
    void selectKit(const QString &kitId);
    void save();
    void revert();
    void deleteCurrent();

Q_SIGNALS:
    void kitSaved(const QString &kitId);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    using FieldProblems = QHash<QString, QString>; // competency field ("key", "name", …) → problem

    void showKit(const Kit &kit);
    KitPatch patchFrom(const Kit &form) const;
    bool checkForm();
    void showServiceError(const Error &error);
    void clearErrors();
    void showCompetencyErrors();
    void setSaving(bool saving);
    void onKitRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void onModelReset();
    void selectRow(const QString &kitId);

    void addCompetency();
    void removeCompetency();
    void moveCompetency(int delta);
    void showCompetency(int row);
    void storeCompetency();
    void suggestKey();
    void refreshCompetencyItem(int row);

    void addQuestions();
    void removeQuestion();
    void moveQuestion(int delta);
    void appendPlanned(const QString &bankQuestionId);
    void renumberPlanned();
    QStringList plannedIds() const;

    void formEdited();
    void updateButtons();
    void updateCounts();
    void updateHeading();
    void retranslate();

    std::unique_ptr<Ui::KitEditor> m_ui;
    ServiceClient &m_client;
    KitListModel *m_model = nullptr;
    Kit m_stored; // what the form started from; empty id: new
    QList<Competency> m_competencies;
    int m_competencyRow = -1;
    bool m_keyTouched = false;
    QHash<int, FieldProblems> m_competencyErrors;
    bool m_loading = false; // filling the form: no edit signals
    bool m_saving = false;
    bool m_restoringSelection = false;
    std::function<void()> m_afterSave;
};

} // namespace ir::ui
