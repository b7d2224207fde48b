public enum TerminalUINcursesModule {}
