#pragma once
// The options of moderato-cli audit: which entries, in which form, from which file.

#include "app/cli/cli_options.h"

#include <QCommandLineParser>

namespace moderato::cli {

//! Reads audit's options from \a parser into \a options; returns the one sentence that says what
//! is wrong, or empty.
QString auditOptionsProblem(const QCommandLineParser &parser, CliOptions &options);

//! --since and --until: an ISO 8601 date, or date and time (local time unless it gives an offset).
//! A date alone is its first millisecond, or with \a endOfDay its last. Invalid when \a text is neither.
QDateTime auditTimeFromText(const QString &text, bool endOfDay);

} // namespace moderato::cli
