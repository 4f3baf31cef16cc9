#pragma once

#include <string>

namespace rd {

// Something wrong in a rule file, with the place it was found. An error rejects the whole
// file; a warning is only reported.
struct RuleProblem
{
    std::string file;
    int line = 0;   // 1-based; 0 when the problem is about the file as a whole
    int column = 0; // 1-based, in characters; 0 when unknown
    std::string message;
    bool warning = false;

    // "file:line:column: message" (the parts that are known).
    std::string toString() const
    {
        std::string out = file;
        if (line > 0) {
            out += ':' + std::to_string(line);
            if (column > 0) {
                out += ':' + std::to_string(column);
            }
        }
        out += warning ? ": warning: " : ": ";
        out += message;
        return out;
    }
};

} // namespace rd
