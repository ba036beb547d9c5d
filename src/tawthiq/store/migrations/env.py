"""Alembic environment: runs on the connection Tawthiq hands it (see store.database.migrate)."""

from alembic import context

from tawthiq.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` run by hand: -x url=sqlite:///path
    from sqlalchemy import create_engine

    from tawthiq.store.database import database_url

    connection = create_engine(database_url(context.get_x_argument(as_dictionary=True).get("url"))).connect()

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
