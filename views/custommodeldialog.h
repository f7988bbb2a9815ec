// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "custommodelstore.h"
#include "jobtracker.h"

#include <functional>
#include <optional>

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

// Model > Add custom model...: a model from a config.json (a file picker; the file is read off the GUI thread) or
// from its dimensions (a form that writes the config.json: a dense model is laid out as Llama, one with experts as
// Qwen3-MoE). Every change is validated at once, as the catalog validates its entries, and the message is shown;
// OK is enabled only for a valid model.
class CustomModelDialog : public QDialog
{
    Q_OBJECT

public:
    /** Checks a request as the store would add it: the model, or nullopt with the reason. */
    using Validator
        = std::function<std::optional<Planner::ModelSpec>(const Planner::CustomModelRequest& request, QString* error)>;

    explicit CustomModelDialog(Validator validate, QWidget* parent = nullptr);
    ~CustomModelDialog() override;

    /** What OK adds: the id, the name, the config.json and where it comes from. */
    Planner::CustomModelRequest request() const;
    /** The problem shown, or empty when the model is valid. */
    QString problem() const { return m_problem; }
    /** Switches to the config.json tab and reads `path` off the GUI thread; validated() follows. */
    void setConfigPath(const QString& path);
    /** Shows the form's tab (true) or the config.json one. */
    void showForm(bool form);

Q_SIGNALS:
    /** The input was validated again (after a change, or once a config.json was read). */
    void validated();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createFileTab();
    QWidget* createFormTab();
    void retranslate();
    void revalidate();
    void browse();
    QByteArray formConfig() const;
    QSpinBox* addSpin(const char* objectName, int min, int max, int value);

    Validator m_validate;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QLabel* m_idLabel;
    QLabel* m_nameLabel;
    QTabWidget* m_tabs;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_formNote;
    QList<QPair<QLabel*, QSpinBox*>> m_fields; // in the order of kFormFields
    QCheckBox* m_tied;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QString m_problem;
    QString m_readPath; // the config.json read, or being read
    std::optional<QByteArray> m_fileBytes; // its text once read
    QString m_readError;
    bool m_idEdited = false;
    JobTracker m_reads { this }; // last: it waits for a file being read
};
