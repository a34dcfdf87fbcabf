# Checks the layering on the sources (see DESIGN.md): core/ includes nothing of Qt Widgets, ui/ or
# app/; ui/ includes nothing of Qt Network or JSON; the simulator includes nothing of core/, ui/
# or app/. Every offending line is printed; the check fails when there is one.
#   cmake -DSOURCE_DIR=<repo> -DWIDGETS_HEADERS=<QtWidgets include dir> -P check_layering.cmake
file(GLOB widget_headers RELATIVE ${WIDGETS_HEADERS} ${WIDGETS_HEADERS}/Q*)
list(FILTER widget_headers EXCLUDE REGEX "\\.h$")
list(JOIN widget_headers "|" widget_names)
if(widget_names STREQUAL "")
    message(FATAL_ERROR "no Qt Widgets headers found in ${WIDGETS_HEADERS}")
endif()

set(rules
    "core|#include[ \t]*[<\"](QtWidgets/|QtWidgets>|(${widget_names})>)|Qt Widgets"
    "core|#include[ \t]*\"(ui|app)/|ui/ or app/"
    "ui|#include[ \t]*[<\"](QtNetwork|QNetwork[A-Za-z]*|QJson[A-Za-z]*|QSslSocket|QTcpSocket)[>\"/]|the network or JSON"
    "ui|#include[ \t]*\"core/(graph|notifications)/|core's transport or listeners"
    "simulator|#include[ \t]*\"(core|ui|app)/|core/, ui/ or app/")
set(violations 0)
foreach(rule IN LISTS rules)
    string(REPLACE "|" ";" parts "${rule}")
    list(GET parts 0 dir)
    list(LENGTH parts n)
    math(EXPR last "${n} - 1")
    list(GET parts ${last} what)
    # the pattern is everything between the first and the last field
    string(FIND "${rule}" "|" first)
    string(FIND "${rule}" "|" lastbar REVERSE)
    math(EXPR start "${first} + 1")
    math(EXPR length "${lastbar} - ${start}")
    string(SUBSTRING "${rule}" ${start} ${length} pattern)
    file(GLOB_RECURSE sources ${SOURCE_DIR}/${dir}/*.h ${SOURCE_DIR}/${dir}/*.cpp)
    foreach(source IN LISTS sources)
        file(STRINGS ${source} lines REGEX "${pattern}")
        foreach(line IN LISTS lines)
            file(RELATIVE_PATH shown ${SOURCE_DIR} ${source})
            message("${shown}: includes ${what}: ${line}")
            math(EXPR violations "${violations} + 1")
        endforeach()
    endforeach()
endforeach()
if(violations GREATER 0)
    message(FATAL_ERROR "${violations} include(s) break the layering")
endif()
message("layering holds")
