#pragma once

#include "model/Enums.h"
#include "reply/TemplateLibrary.h"
#include "reply/TemplateUserFile.h"
#include "templates/TemplateListModel.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace rd::gui {

// What the template editor edits, without its widgets: the built-in set, the user file being
// changed (TemplateUserFile) and the library they make. check() rebuilds the library after a
// change; while the document is invalid, problem() says why and library() stays the last valid
// one. Nothing reaches the disk before save(), which writes only a valid document.
class TemplateEditSession
{
    Q_DECLARE_TR_FUNCTIONS(TemplateEditSession)

public:
    using Json = TemplateUserFile::Json;
    using Origin = TemplateListModel::Origin;

    TemplateEditSession();

    // Reads `path` (a missing file is an empty one). When it cannot be read, fileError() says
    // why and the session refuses every change, so the file is never overwritten blindly.
    void load(const QString& path);
    const QString& path() const { return m_path; }
    const QString& fileError() const { return m_fileError; }
    const QString& problem() const { return m_problem; }
    bool isModified() const;
    bool canEdit(const std::string& id) const;

    void check();
    // Writes the user file when the document is valid; otherwise `error` says why.
    bool save(QString* error);

    const TemplateLibrary& base() const { return m_base; }
    const TemplateLibrary& library() const { return m_library; }
    const TemplateUserFile& file() const { return m_file; }

    Json effective(const std::string& id) const { return m_file.effective(id, m_base); }
    Origin origin(const std::string& id) const;
    std::vector<std::string> texts(const std::string& id, Language language) const;
    // The coverage row the template answers (kind, category).
    std::optional<std::size_t> rowOf(const std::string& id) const;

    // Edits; each returns false (and changes nothing) when the template cannot be edited.
    bool setText(const std::string& id, Language language, int variant, const std::string& text);
    // Appends a copy of `variant` (or a starter text); returns the new variant's index or -1.
    int addVariant(const std::string& id, Language language, int variant);
    bool removeVariant(const std::string& id, Language language, int variant);
    struct Fields
    {
        Json platforms = Json::array();
        std::string subReason;
        Json match = Json::array();
        std::string remedy; // for `language`
    };
    bool setFields(const std::string& id, Language language, const Fields& fields);
    bool copyToUserFile(const std::string& id);
    bool remove(const std::string& id);
    // A new template in the user file answering grid cell (row, column), its texts taken from
    // the row's general template in that language. False with `error` when it cannot be made.
    bool create(const std::string& id, int row, int column, QString* error);

    static std::string starterText(Language language);

    // The rows of the template list: the templates in force answering grid cell (row, column),
    // or all of them when row or column is negative.
    std::vector<TemplateListModel::Row> listRows(int row, int column) const;
    // The editor's heading for a template (rich text): id, what it answers, where it comes from.
    QString headerText(const std::string& id) const;

    // The line under the text editor (rich text): the unreadable file, else the syntax error
    // of `text` (when editable), else why the document cannot be saved, else that all is well.
    QString checkMessage(const std::string& text, bool editable) const;
    // How long `text` comes out on the platforms it is checked for, with TemplateCheck's long
    // values (rich text, red when over a limit); empty when it cannot be measured.
    QString lengthMessage(const std::string& id, Language language, const std::string& text) const;

    static constexpr const char* kRed = "#b3261e";
    static constexpr const char* kGreen = "#1e6b1e";
    static QString colored(const QString& text, const char* color);

private:
    TemplateLibrary m_base;
    TemplateUserFile m_file;
    TemplateLibrary m_library;
    std::string m_savedText;
    QString m_path;
    QString m_fileError;
    QString m_problem;
};

} // namespace rd::gui
