"""The trainee desk: inbox, conversation, composer and back-office panel over a Session."""
