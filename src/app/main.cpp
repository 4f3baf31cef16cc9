// reviewdesk: the desktop application. Everything but start-up lives in reviewdesk_gui.
#include "Application.h"

int main(int argc, char* argv[])
{
    return rd::gui::runApplication(argc, argv);
}
