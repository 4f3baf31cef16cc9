#pragma once

#include <string>

namespace rd {

// Where ReviewDesk keeps its files: the app-data folder (database, user rule and template
// files, logs): QStandardPaths::GenericDataLocation/ReviewDesk, e.g. ~/.local/share/ReviewDesk.
// REVIEWDESK_DATA_DIR overrides it (tests, portable installs).
class AppPaths
{
public:
    static std::string dataDir();       // created on first use
    static std::string defaultDatabase(); // dataDir()/reviews.sqlite
    static std::string logDir();        // dataDir()/logs
    static std::string userRulesFile(); // dataDir()/rules.json
    static std::string userTemplatesFile(); // dataDir()/templates.json
};

} // namespace rd
