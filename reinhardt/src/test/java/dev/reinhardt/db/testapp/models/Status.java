package dev.reinhardt.db.testapp.models;

public enum Status {
    DRAFT, PUBLISHED
}
