#pragma once
// The translation context of moderato-cli's own texts. lupdate reads the context of a tr() call
// from its class, so every sentence of the CLI is written CliText::tr("…"): a tr() of a free
// function would land in a context that no catalogue has.

#include <QCoreApplication>

namespace moderato::cli {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(moderato::cli::CliText)
};

} // namespace moderato::cli
