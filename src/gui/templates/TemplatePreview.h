#pragma once

#include "model/ReviewRecord.h"
#include "reply/DraftContext.h"
#include "reply/TemplateCoverage.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace rd {
class ReviewStore;
class TemplateLibrary;
} // namespace rd

namespace rd::gui {

// The template editor's preview: reviews from the open database to try a template on, and the
// reply DraftGenerator writes for one of them with the variant being edited, exactly as the
// reply pane would (same generator, same settings, the classifier's evidence), with its length
// against the platform's limit. Reads through a connection of its own; every query is bounded
// (a few dozen rows), so it runs on the GUI thread.
class TemplatePreview : public QObject
{
    Q_OBJECT

public:
    static constexpr int kListLimit = 30;

    // The widgets it fills: the list of reviews to try, the reply, the line under it.
    struct Widgets
    {
        QListWidget* list = nullptr;
        QPlainTextEdit* text = nullptr;
        QLabel* info = nullptr;
    };

    struct Result
    {
        bool ok = false;
        QString text;
        QString reason; // when not ok
        int length = 0;
        int limit = 0; // 0 = none
        QStringList missing;
        QString language;
        QString platform;
        bool over() const { return limit > 0 && length > limit; }
    };

    TemplatePreview(Widgets widgets, QObject* parent);
    ~TemplatePreview() override;

    // Opens the database read for previews; on failure returns false with the reason.
    bool open(const QString& path, QString* error);
    bool isOpen() const { return m_store != nullptr; }

    // The newest reviews of the grid row (a category's complaints: 1-2 stars or negative;
    // thank-yous: positive; suspicious and safety: flagged) in `language`.
    std::vector<ReviewRecord> recent(const TemplateCoverage::Row& row, Language language);
    // "123" or "#123": that review; other text: a full-text search, newest first.
    std::vector<ReviewRecord> find(const QString& text);

    Result render(const TemplateLibrary& library, const std::string& templateId, int variant,
                  std::int64_t reviewId) const;

    // What the widgets preview: this template's variant from `library`; a non-empty `blocked`
    // (the template is invalid) is shown instead of a reply.
    void setTarget(const TemplateLibrary* library, const std::string& templateId, int variant,
                   const QString& blocked);
    // Lists reviews (keeping the one shown when it is among them, else taking the first).
    void showReviews(const std::vector<ReviewRecord>& records);
    // Shows this review, listing it when it is not; false when it is not in the database.
    bool showReview(std::int64_t reviewId);
    std::int64_t reviewId() const { return m_reviewId; }
    // Renders the reply into the widgets.
    void update();

    // The agent, title and shop the reply pane drafts with (Settings).
    static DraftContext draftContext();
    // One line for a list: "#12 · 2★ · Ozon · 12.11.2026 · first words…".
    static QString describe(const ReviewRecord& record);

private:
    Widgets m_widgets;
    std::unique_ptr<ReviewStore> m_store;
    const TemplateLibrary* m_library = nullptr;
    std::string m_templateId;
    int m_variant = 0;
    QString m_blocked;
    std::int64_t m_reviewId = 0;
};

} // namespace rd::gui
