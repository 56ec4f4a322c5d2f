#ifndef SITREP_CLIBXML2_SHIM_H
#define SITREP_CLIBXML2_SHIM_H

// libxml2's XML and HTML parsers and their tree, for SitrepWeb. The include path comes from pkg-config
// (libxml-2.0); errors are read from the parser context, never printed (XML_PARSE_NOERROR).
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the ICU that Foundation carries. Only the layout of
// xmlCharEncodingHandler depends on this, and Swift never looks inside one (handlers pass by pointer).
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#endif
