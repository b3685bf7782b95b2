"""The Qt desktop app: thin views over the core."""
