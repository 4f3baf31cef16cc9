#pragma once

#include "model/Enums.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>

class QListWidget;
class QTableView;

namespace Ui {
class TemplateEditorWindow;
}

namespace rd::gui {

class CoverageModel;
class TemplateEditSession;
class TemplatePreview;
class TemplateListModel;
class TemplateTextEdit;

// The manager's template editor (docs/templates.md, "Template editor"): the coverage grid of
// category × language × platform with the cells no template answers in red, the templates of
// the chosen cell, a form for the chosen template's platforms, sub-reason, remedy and texts
// (variables completed as you type, checked as you type: syntax, unknown variables, length
// against the platform's limit), and a preview of the reply for a review of the open database.
// Built-in templates are read-only; changes go to the user template file, written (atomically)
// only by Save and only when every template in it is valid. After a save templatesSaved() lets
// the main window reload its templates.
class TemplateEditorWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int kCheckDelayMs = 150;

    explicit TemplateEditorWindow(QWidget* parent = nullptr);
    ~TemplateEditorWindow() override;

    // The user file edited; AppPaths::userTemplatesFile() unless set. Reads it again.
    void setUserFile(const QString& path);
    QString userFile() const;
    void openDatabase(const QString& path);
    QString databasePath() const { return m_databasePath; }

    // Checks the whole user file and writes it; false (file untouched) with lastError() set.
    bool save();
    // Forgets unsaved changes and reads the user file again.
    void reload();
    bool isModified() const;
    QString lastError() const { return m_lastError; }

    bool selectTemplate(const QString& id);
    QString currentTemplate() const { return m_current; }
    void selectLanguage(Language language);
    void selectVariant(int index);
    // The coverage cell whose templates the list shows; (-1, -1) lists them all.
    void selectCell(int row, int column);
    bool copyToUserFile();
    // A new user template answering the grid cell (row, column); false with lastError() when
    // the id is taken or malformed.
    bool createTemplate(const QString& id, int row, int column);
    bool removeFromUserFile();
    // Previews the reply for this review (it is added to the list when not shown); false when
    // it is not in the database.
    bool previewReview(qint64 reviewId);
    // Fills the review list with the newest reviews the template answers.
    void showRecentReviews();

    TemplateTextEdit* textEdit() const;
    QTableView* coverageView() const;
    QTableView* templateView() const;
    QListWidget* reviewList() const;
    CoverageModel* coverageModel() const { return m_coverage; }
    TemplateListModel* templateModel() const { return m_list; }
    QString validationText() const;
    QString lengthText() const;
    QString previewText() const;
    QString previewInfo() const;

Q_SIGNALS:
    void templatesSaved(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void connectWidgets();
    void setUpViews();
    void rebuild();
    void fillList();
    void showTemplate();
    void showHeader();
    void showVariant();
    void onTextChanged();
    void onFieldsChanged();
    void addVariant();
    void removeVariant();
    void askNewTemplate();
    void findReviews();
    void updateChecks();
    void updatePreview();
    void updateTitle();
    void setReadOnly(bool readOnly);
    bool isEditable() const;
    void showError(const QString& message);

    std::unique_ptr<Ui::TemplateEditorWindow> m_ui;
    std::unique_ptr<TemplateEditSession> m_session;
    TemplatePreview* m_preview;
    CoverageModel* m_coverage;
    TemplateListModel* m_list;
    QString m_lastError;
    QString m_databasePath;
    QString m_current;
    Language m_language = Language::Ru;
    int m_variant = 0;
    int m_cellRow = -1;
    int m_cellColumn = -1;
    bool m_loading = false;
    QTimer m_checkTimer;
};

} // namespace rd::gui
