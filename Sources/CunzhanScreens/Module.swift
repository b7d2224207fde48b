public enum CunzhanScreensModule {}
