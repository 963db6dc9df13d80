// The desktop application's entry point (called by the thin main()).
#pragma once

namespace stagecraft::app {

int main(int argc, char **argv);

} // namespace stagecraft::app
