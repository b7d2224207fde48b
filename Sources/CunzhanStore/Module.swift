public enum CunzhanStoreModule {}
