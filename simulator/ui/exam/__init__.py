"""Certification exams in the app: the exam list, a sitting at the desk, the verdict."""
