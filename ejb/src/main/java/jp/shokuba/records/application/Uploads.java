package jp.shokuba.records.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.records.infrastructure.IntakeRefusal;
import jp.shokuba.records.infrastructure.IntakeStorage;

/**
 * Web uploads: the stream is staged (hashed as it is written) outside any transaction, then recorded in one;
 * the staged copy goes once the record is committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Uploads {

    @Inject
    IntakeStorage storage;

    @Inject
    IntakeService intake;

    @Resource
    SessionContext session;

    public IntakeStatus upload(InputStream content, String fileName, String contentType) throws BusinessException {
        IntakeStorage.Staged staged;
        try {
            staged = storage.stage(content);
        } catch (IntakeRefusal tooLarge) {
            throw BusinessException.invalid("records.upload.tooLarge", IntakeStorage.MAX_BYTES / 1024 / 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            String login = session.getCallerPrincipal().getName();
            return intake.receive(staged, fileName, contentType, "upload:" + login, null, login);
        } finally {
            storage.release(staged);
        }
    }
}
