#pragma once

#include "classify/Explanation.h"

#include <QObject>
#include <QString>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTextEdit;
class QTreeWidget;

namespace rd {
class Classifier;
struct Label;
} // namespace rd

namespace rd::gui {

// The rule editor's live box: whatever is typed or pasted is classified with the rules being
// edited on every change, and the result is shown at once - category, also, flags, confidence,
// every match with its rule and fate, the counted words highlighted in the text. Classifying
// one review takes microseconds, so it runs on the GUI thread; the rules are compiled
// elsewhere (RuleCompiler) and handed in with setClassifier().
class LiveTestPanel : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        QLineEdit* title;
        QComboBox* rating;
        QTextEdit* text;
        QLabel* gold;
        QLabel* result;
        QTreeWidget* evidence;
    };

    LiveTestPanel(const Widgets& widgets, QObject* parent);

    void setClassifier(std::shared_ptr<const Classifier> classifier);
    // Shows a review (a misclassified one of an evaluation) with its correct labels.
    void showReview(const Review& review, const Label& gold);
    void retranslate();

    // The review as typed, and the explanation shown (tests).
    Review review() const;
    const Explanation& explanation() const { return m_explanation; }
    // Microseconds the last classification took.
    qint64 lastClassifyUs() const { return m_lastUs; }

    static QString targetName(const std::string& target);
    static QString statusText(const std::string& status);

public Q_SLOTS:
    void refresh();

private:
    void showResult();
    void highlight();
    void fillEvidence();

    Widgets m_w;
    std::shared_ptr<const Classifier> m_classifier;
    Explanation m_explanation;
    qint64 m_lastUs = 0;
    bool m_showingGold = false;
};

} // namespace rd::gui
