public enum ScreenDefinitionsModule {}
