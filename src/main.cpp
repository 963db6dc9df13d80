#include "cli/cli.h"
#include "core/heap.h"

#ifdef STAGECRAFT_WITH_GUI
#include "app/application.h"
#endif

#include <cstdio>

int main(int argc, char **argv)
{
    stagecraft::configureHeap();
    if (stagecraft::cli::isCommandLine(argc, argv))
        return stagecraft::cli::main(argc, argv);
#ifdef STAGECRAFT_WITH_GUI
    return stagecraft::app::main(argc, argv);
#else
    std::fputs("stagecraft: built without the desktop app; see `stagecraft --help`\n", stderr);
    return 2;
#endif
}
